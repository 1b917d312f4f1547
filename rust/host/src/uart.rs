//! A simulated serial port for the host runner: `"uart0"`, with its transmit line wired to
//! its receive line (a loopback plug), so that what a program writes it can read back.

use std::collections::VecDeque;
use std::sync::Mutex;

use avm_core::periph::uart::{Config, Uart};
use avm_core::periph::Error;

pub struct SimUart {
    line: Mutex<VecDeque<u8>>,
}

impl SimUart {
    pub fn new() -> Self {
        SimUart { line: Mutex::new(VecDeque::new()) }
    }
}

impl Default for SimUart {
    fn default() -> Self {
        Self::new()
    }
}

impl Uart for SimUart {
    fn open(&self, name: &str, _config: Config) -> Result<u32, Error> {
        if name == "uart0" {
            Ok(0)
        } else {
            Err(Error::NoSuch)
        }
    }
    fn close(&self, _port: u32) {}
    fn write(&self, port: u32, data: &[u8]) -> Result<(), Error> {
        if port != 0 {
            return Err(Error::NoSuch);
        }
        self.line.lock().map_err(|_| Error::Driver(-5))?.extend(data);
        Ok(())
    }
    fn read(&self, port: u32, buf: &mut [u8]) -> Result<usize, Error> {
        if port != 0 {
            return Err(Error::NoSuch);
        }
        let mut line = self.line.lock().map_err(|_| Error::Driver(-5))?;
        let n = buf.len().min(line.len());
        for (b, v) in buf.iter_mut().zip(line.drain(..n)) {
            *b = v;
        }
        Ok(n)
    }
}
