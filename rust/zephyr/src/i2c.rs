//! The `i2c` service on Zephyr's I2C API, through the module's C shim
//! (`src/atomvm_i2c.c`, which finds buses by devicetree label).

use avm_core::periph::i2c::I2c;
use avm_core::periph::Error;

use crate::sys;

pub struct ZephyrI2c;

impl I2c for ZephyrI2c {
    fn open(&self, name: &str, hz: u32) -> Result<u32, Error> {
        // SAFETY: the shim reads `len` bytes of the name.
        sys::periph_result(unsafe { sys::avm_zephyr_i2c_open(name.as_ptr(), name.len(), hz) })
    }
    fn close(&self, _bus: u32) {}
    fn write(&self, bus: u32, addr: u16, data: &[u8]) -> Result<(), Error> {
        // SAFETY: the shim reads `data.len()` bytes.
        sys::periph_result(unsafe { sys::avm_zephyr_i2c_write(bus, addr, data.as_ptr(), data.len()) }).map(drop)
    }
    fn read(&self, bus: u32, addr: u16, buf: &mut [u8]) -> Result<(), Error> {
        // SAFETY: the shim writes at most `buf.len()` bytes.
        sys::periph_result(unsafe { sys::avm_zephyr_i2c_read(bus, addr, buf.as_mut_ptr(), buf.len()) }).map(drop)
    }
    fn write_read(&self, bus: u32, addr: u16, data: &[u8], buf: &mut [u8]) -> Result<(), Error> {
        // SAFETY: the shim reads `data.len()` bytes and writes at most `buf.len()`.
        sys::periph_result(unsafe {
            sys::avm_zephyr_i2c_write_read(bus, addr, data.as_ptr(), data.len(), buf.as_mut_ptr(), buf.len())
        })
        .map(drop)
    }
}
