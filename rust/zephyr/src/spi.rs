//! The `spi` service on Zephyr's SPI API, through the module's C shim
//! (`src/atomvm_spi.c`, which finds buses by devicetree label).

use avm_core::periph::spi::Spi;
use avm_core::periph::Error;

use crate::sys;

pub struct ZephyrSpi;

impl Spi for ZephyrSpi {
    fn open(&self, name: &str, hz: u32, mode: u8, cs: Option<u32>) -> Result<u32, Error> {
        let cs = cs.map_or(-1, |c| i32::try_from(c).unwrap_or(i32::MAX));
        // SAFETY: the shim reads `len` bytes of the name.
        sys::periph_result(unsafe { sys::avm_zephyr_spi_open(name.as_ptr(), name.len(), hz, mode as u32, cs) })
    }
    fn close(&self, dev: u32) {
        // SAFETY: a plain call into the shim (unknown handles are ignored).
        unsafe { sys::avm_zephyr_spi_close(dev) }
    }
    fn transceive(&self, dev: u32, tx: &[u8], rx: &mut [u8]) -> Result<(), Error> {
        let len = tx.len().min(rx.len());
        // SAFETY: the shim reads `len` bytes of `tx` and writes `len` bytes of `rx`.
        sys::periph_result(unsafe { sys::avm_zephyr_spi_transceive(dev, tx.as_ptr(), rx.as_mut_ptr(), len) }).map(drop)
    }
}
