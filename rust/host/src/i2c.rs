//! A simulated I2C bus for the host runner: bus `"i2c0"` with a 256-byte AT24-style EEPROM
//! at address 0x57 (as native_sim's emulated one in tests/zephyr/i2c). A write sets the
//! EEPROM's address pointer from its first byte and stores the rest from there; a read
//! returns bytes from the pointer on, which advances (wrapping at 256). Any other address
//! does not answer: `{error, {driver, -5}}` (EIO), as a missing device does on Zephyr.

use std::sync::Mutex;

use avm_core::periph::i2c::I2c;
use avm_core::periph::Error;

const EEPROM_ADDR: u16 = 0x57;
/// What a missing device gives: -EIO.
const NACK: Error = Error::Driver(-5);

pub struct SimI2c {
    eeprom: Mutex<([u8; 256], u8)>,
}

impl SimI2c {
    pub fn new() -> Self {
        SimI2c { eeprom: Mutex::new(([0xff; 256], 0)) }
    }

    fn device(&self, bus: u32, addr: u16) -> Result<std::sync::MutexGuard<'_, ([u8; 256], u8)>, Error> {
        if bus != 0 {
            return Err(Error::NoSuch);
        }
        if addr != EEPROM_ADDR {
            return Err(NACK);
        }
        self.eeprom.lock().map_err(|_| Error::Driver(-5))
    }
}

impl Default for SimI2c {
    fn default() -> Self {
        Self::new()
    }
}

impl I2c for SimI2c {
    fn open(&self, name: &str, _hz: u32) -> Result<u32, Error> {
        if name == "i2c0" {
            Ok(0)
        } else {
            Err(Error::NoSuch)
        }
    }
    fn close(&self, _bus: u32) {}
    fn write(&self, bus: u32, addr: u16, data: &[u8]) -> Result<(), Error> {
        let mut dev = self.device(bus, addr)?;
        if let Some((&at, rest)) = data.split_first() {
            dev.1 = at;
            for &b in rest {
                let i = dev.1;
                dev.0[i as usize] = b;
                dev.1 = i.wrapping_add(1);
            }
        }
        Ok(())
    }
    fn read(&self, bus: u32, addr: u16, buf: &mut [u8]) -> Result<(), Error> {
        let mut dev = self.device(bus, addr)?;
        for b in buf {
            let i = dev.1;
            *b = dev.0[i as usize];
            dev.1 = i.wrapping_add(1);
        }
        Ok(())
    }
    fn write_read(&self, bus: u32, addr: u16, data: &[u8], buf: &mut [u8]) -> Result<(), Error> {
        self.write(bus, addr, data)?;
        self.read(bus, addr, buf)
    }
}
