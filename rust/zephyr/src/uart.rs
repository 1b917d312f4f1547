//! The `uart` service on Zephyr's UART polling API, through the module's C shim
//! (`src/atomvm_uart.c`, which finds ports by devicetree label).

use avm_core::periph::uart::{Config, Uart};
use avm_core::periph::Error;

use crate::sys;

pub struct ZephyrUart;

impl Uart for ZephyrUart {
    fn open(&self, name: &str, c: Config) -> Result<u32, Error> {
        // SAFETY: the shim reads `len` bytes of the name.
        sys::periph_result(unsafe {
            sys::avm_zephyr_uart_open(
                name.as_ptr(),
                name.len(),
                c.baud,
                c.data_bits.into(),
                c.stop_bits.into(),
                c.parity.into(),
                c.flow.into(),
            )
        })
    }
    fn close(&self, _port: u32) {}
    fn write(&self, port: u32, data: &[u8]) -> Result<(), Error> {
        // SAFETY: the shim reads `data.len()` bytes.
        sys::periph_result(unsafe { sys::avm_zephyr_uart_write(port, data.as_ptr(), data.len()) }).map(drop)
    }
    fn read(&self, port: u32, buf: &mut [u8]) -> Result<usize, Error> {
        // SAFETY: the shim writes at most `buf.len()` bytes.
        sys::periph_result(unsafe { sys::avm_zephyr_uart_read(port, buf.as_mut_ptr(), buf.len()) }).map(|n| n as usize)
    }
}
