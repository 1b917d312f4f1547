//! Operator-trait sugar over the free functions, for `BigRef` and
//! `&BigInt`.  `/` and `%` panic on a zero divisor like the primitive
//! types; the VM should call [`super::divrem`] and friends instead.

use super::{BigInt, BigRef};
use core::ops::{Add, BitAnd, BitOr, BitXor, Div, Mul, Neg, Not, Rem, Shl, Shr, Sub};

macro_rules! binop {
    ($tr:ident, $method:ident, $f:expr) => {
        impl<'b> $tr<BigRef<'b>> for BigRef<'_> {
            type Output = BigInt;
            fn $method(self, rhs: BigRef<'b>) -> BigInt {
                $f(self, rhs)
            }
        }
        impl $tr<&BigInt> for &BigInt {
            type Output = BigInt;
            fn $method(self, rhs: &BigInt) -> BigInt {
                $f(self.as_ref(), rhs.as_ref())
            }
        }
    };
}

binop!(Add, add, super::add);
binop!(Sub, sub, super::sub);
binop!(Mul, mul, super::mul);
binop!(BitAnd, bitand, super::band);
binop!(BitOr, bitor, super::bor);
binop!(BitXor, bitxor, super::bxor);
binop!(Div, div, div_or_panic);
binop!(Rem, rem, rem_or_panic);

fn div_or_panic(a: BigRef<'_>, b: BigRef<'_>) -> BigInt {
    super::div(a, b).expect("bignum division by zero")
}

fn rem_or_panic(a: BigRef<'_>, b: BigRef<'_>) -> BigInt {
    super::rem(a, b).expect("bignum division by zero")
}

impl Neg for BigRef<'_> {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        super::neg(self)
    }
}

impl Neg for &BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        super::neg(self.as_ref())
    }
}

impl Neg for BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        let (neg, mag) = self.into_parts();
        BigInt::from_vec(!neg, mag)
    }
}

impl Not for BigRef<'_> {
    type Output = BigInt;
    fn not(self) -> BigInt {
        super::bnot(self)
    }
}

impl Not for &BigInt {
    type Output = BigInt;
    fn not(self) -> BigInt {
        super::bnot(self.as_ref())
    }
}

impl Shl<i64> for BigRef<'_> {
    type Output = BigInt;
    fn shl(self, n: i64) -> BigInt {
        super::bsl(self, n)
    }
}

impl Shl<i64> for &BigInt {
    type Output = BigInt;
    fn shl(self, n: i64) -> BigInt {
        super::bsl(self.as_ref(), n)
    }
}

impl Shr<i64> for BigRef<'_> {
    type Output = BigInt;
    fn shr(self, n: i64) -> BigInt {
        super::bsr(self, n)
    }
}

impl Shr<i64> for &BigInt {
    type Output = BigInt;
    fn shr(self, n: i64) -> BigInt {
        super::bsr(self.as_ref(), n)
    }
}
