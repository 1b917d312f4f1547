//! The `ledc` module's PWM outputs on Zephyr's PWM API, through the module's C shim
//! (`src/atomvm_pwm.c`, which takes the outputs from `/zephyr,user`'s `pwms`).

use avm_core::periph::pwm::Pwm;
use avm_core::periph::Error;

use crate::sys;

pub struct ZephyrPwm;

impl Pwm for ZephyrPwm {
    fn set(&self, channel: u32, period_ns: u32, pulse_ns: u32) -> Result<(), Error> {
        // SAFETY: plain call.
        sys::periph_result(unsafe { sys::avm_zephyr_pwm_set(channel, period_ns, pulse_ns) }).map(drop)
    }
}
