//! A simulated SPI bus for the host runner: bus `"spi0"` with one device, a 128-byte
//! register file in the style of many sensors. The first byte of a transfer is the
//! register address, with bit 7 set for a read; the bytes that follow are read from (or
//! written to) consecutive registers, wrapping at 128. The device answers 0xFF while the
//! address byte goes out. Register 0 holds an identification value, 0xD1, at start.

use std::sync::Mutex;

use avm_core::periph::spi::Spi;
use avm_core::periph::Error;

pub struct SimSpi {
    regs: Mutex<[u8; 128]>,
}

impl SimSpi {
    pub fn new() -> Self {
        let mut regs = [0u8; 128];
        regs[0] = 0xD1;
        SimSpi { regs: Mutex::new(regs) }
    }
}

impl Default for SimSpi {
    fn default() -> Self {
        Self::new()
    }
}

impl Spi for SimSpi {
    fn open(&self, name: &str, _hz: u32, _mode: u8, cs: Option<u32>) -> Result<u32, Error> {
        match (name, cs) {
            ("spi0", None | Some(0)) => Ok(0),
            _ => Err(Error::NoSuch),
        }
    }
    fn close(&self, _dev: u32) {}
    fn transceive(&self, dev: u32, tx: &[u8], rx: &mut [u8]) -> Result<(), Error> {
        if dev != 0 {
            return Err(Error::NoSuch);
        }
        let mut regs = self.regs.lock().map_err(|_| Error::Driver(-5))?;
        let Some((&cmd, data)) = tx.split_first() else { return Ok(()) };
        let read = cmd & 0x80 != 0;
        let mut at = (cmd & 0x7f) as usize;
        rx[0] = 0xff;
        for (i, &b) in data.iter().enumerate() {
            if read {
                rx[i + 1] = regs[at];
            } else {
                regs[at] = b;
                rx[i + 1] = 0xff;
            }
            at = (at + 1) % 128;
        }
        Ok(())
    }
}
