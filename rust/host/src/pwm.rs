//! The host runner's simulated PWM outputs for the `ledc` module: 16 channels that
//! remember what they were set to (`ledc:'$get'/1` reads it back for tests).

use std::sync::Mutex;

use avm_core::periph::pwm::Pwm;
use avm_core::periph::Error;

const CHANNELS: usize = 16;

#[derive(Default)]
pub struct SimPwm {
    out: Mutex<[Option<(u32, u32)>; CHANNELS]>,
}

impl Pwm for SimPwm {
    fn set(&self, channel: u32, period_ns: u32, pulse_ns: u32) -> Result<(), Error> {
        let mut o = self.out.lock().unwrap_or_else(|e| e.into_inner());
        let slot = o.get_mut(channel as usize).ok_or(Error::NoSuch)?;
        *slot = Some((period_ns, pulse_ns));
        Ok(())
    }
    fn get(&self, channel: u32) -> Option<(u32, u32)> {
        self.out.lock().unwrap_or_else(|e| e.into_inner()).get(channel as usize).copied().flatten()
    }
}
