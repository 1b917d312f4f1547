//! PWM outputs for AtomVM's `ledc` module (`libs/eavmlib/src/ledc.erl` keeps the ESP32
//! LEDC model of timers, channels, duty and fades, and drives each channel's output
//! through these natives as a period and a pulse width).

use super::{result, u32_arg, Error};
use crate::atom;
use crate::bif::BifEntry;
use crate::process::{oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

/// The platform's PWM channels (numbered from 0).
pub trait Pwm: Send + Sync {
    /// Sets the channel's period and high time, in nanoseconds (pulse 0: always low).
    fn set(&self, channel: u32, period_ns: u32, pulse_ns: u32) -> Result<(), Error>;
    /// What the channel outputs, where the platform can tell (the host's simulation).
    fn get(&self, _channel: u32) -> Option<(u32, u32)> {
        None
    }
}

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[("ledc", "$set", 3, set), ("ledc", "$get", 1, get)];

/// `ledc:'$set'(Channel, PeriodNs, PulseNs)`.
fn set(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (ch, period, pulse) = (u32_arg(a[0])?, u32_arg(a[1])?, u32_arg(a[2])?);
    if pulse > period {
        return Err(Exception::error(atom::BADARG));
    }
    let r = match vm.platform.pwm() {
        Some(pwm) => pwm.set(ch, period, pulse).map(|_| atom::OK),
        None => Err(Error::Unsupported),
    };
    result(vm, p, r)
}

/// `ledc:'$get'(Channel)`: `{PeriodNs, PulseNs}` or `undefined`.
fn get(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let ch = u32_arg(a[0])?;
    match vm.platform.pwm().and_then(|pwm| pwm.get(ch)) {
        Some((period, pulse)) => {
            let (a, b) = (
                term::uint(&mut p.heap, period.into()).map_err(oom)?,
                term::uint(&mut p.heap, pulse.into()).map_err(oom)?,
            );
            term::tuple(&mut p.heap, &[a, b]).map_err(oom)
        }
        None => Ok(atom::UNDEFINED),
    }
}
