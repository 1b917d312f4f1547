//! The `network` module's link on Zephyr (the default interface: Wi-Fi or wired),
//! through the module's C shim (`src/atomvm_link.c`). Part of the `net` feature.

use avm_core::net::link::{ApConfig, Link, LinkEvent, StaConfig};
use avm_core::periph::Error;

use crate::sys::periph_result;

extern "C" {
    fn avm_zephyr_link_start(
        sta: i32,
        ssid: *const u8,
        ssid_len: usize,
        psk: *const u8,
        psk_len: usize,
        ap: i32,
        ap_ssid: *const u8,
        ap_ssid_len: usize,
        ap_psk: *const u8,
        ap_psk_len: usize,
        hidden: i32,
    ) -> i32;
    fn avm_zephyr_link_stop();
    fn avm_zephyr_link_rssi(rssi: *mut i32) -> i32;
    fn avm_zephyr_link_next(data: *mut u8) -> i32;
}

pub struct ZephyrLink;

impl Link for ZephyrLink {
    fn start(&self, sta: Option<&StaConfig<'_>>, ap: Option<&ApConfig<'_>>) -> Result<(), Error> {
        let (s_ssid, s_psk) = sta.map(|s| (s.ssid, s.psk)).unwrap_or((&[], &[]));
        let (a_ssid, a_psk, hidden) = ap.map(|a| (a.ssid, a.psk, a.hidden)).unwrap_or((&[], &[], false));
        // SAFETY: the shim reads each slice's length of bytes.
        let r = unsafe {
            avm_zephyr_link_start(
                sta.is_some() as i32,
                s_ssid.as_ptr(),
                s_ssid.len(),
                s_psk.as_ptr(),
                s_psk.len(),
                ap.is_some() as i32,
                a_ssid.as_ptr(),
                a_ssid.len(),
                a_psk.as_ptr(),
                a_psk.len(),
                hidden as i32,
            )
        };
        periph_result(r).map(drop)
    }
    fn stop(&self) {
        // SAFETY: no arguments.
        unsafe { avm_zephyr_link_stop() }
    }
    fn rssi(&self) -> Result<i32, Error> {
        let mut v = 0;
        // SAFETY: the shim writes one int.
        periph_result(unsafe { avm_zephyr_link_rssi(&mut v) })?;
        Ok(v)
    }
}

/// The next event the shim queued.
pub fn next_event() -> Option<LinkEvent> {
    let mut d = [0u8; 12];
    // SAFETY: the shim writes 12 bytes.
    let kind = unsafe { avm_zephyr_link_next(d.as_mut_ptr()) };
    let ip = |i: usize| [d[i], d[i + 1], d[i + 2], d[i + 3]];
    let mac = [d[0], d[1], d[2], d[3], d[4], d[5]];
    Some(match kind {
        1 => LinkEvent::Connected,
        2 => LinkEvent::Disconnected,
        3 => LinkEvent::GotIp(ip(0), ip(4), ip(8)),
        4 => LinkEvent::ApStarted,
        5 => LinkEvent::ApStaConnected(mac),
        6 => LinkEvent::ApStaDisconnected(mac),
        _ => return None,
    })
}
