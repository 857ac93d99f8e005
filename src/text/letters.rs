//! Where the lower-case letters are in 64 bytes of text, as one bit per
//! byte: the lexer's fast path reads the length of a word off this mask
//! with one count of trailing ones, for every word of the block, instead
//! of looking at each word's bytes again.
//!
//! A byte is a lower-case letter byte when it is an ASCII letter `a` to
//! `z`, or either byte of a lower-case Latin-1 letter (`à` to `ÿ` and `ß`,
//! but `÷`), whose UTF-8 is `0xC3` then `0x9F` to `0xBF` (but `0xB7`). The
//! two bytes of such a letter are marked only when both lie in the block.
//!
//! On x86-64 the mask comes from SSE2 compares, sixteen bytes at a time,
//! through `safe_arch`, which keeps this crate free of `unsafe`; elsewhere
//! from the same compares on eight bytes at a time in a `u64`.

/// The bytes one mask describes.
pub const BLOCK: usize = 64;

/// Bit `i` is set when `block[i]` is a lower-case letter byte.
#[inline(always)]
pub fn lower_letters(block: &[u8; BLOCK]) -> u64 {
    let c = classes(block);
    // A lead byte whose next byte is a second byte: both are letter bytes.
    let pair = c.lead & c.second >> 1;
    c.lower | pair | pair << 1
}

/// Byte classes of a block, one mask each.
#[derive(Debug, PartialEq, Eq)]
struct Classes {
    /// `a` to `z`.
    lower: u64,
    /// `0xC3`.
    lead: u64,
    /// `0x9F` to `0xBF` but `0xB7`.
    second: u64,
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
use sse2_classes as classes;

#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
use swar_classes as classes;

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
fn sse2_classes(block: &[u8; BLOCK]) -> Classes {
    use safe_arch::{
        add_i8_m128i, bitandnot_m128i, cmp_eq_mask_i8_m128i, cmp_lt_mask_i8_m128i, load_unaligned_m128i, m128i,
        move_mask_i8_m128i, set_splat_i8_m128i,
    };
    // An unsigned range as a signed compare: adding `0x80 - low` moves
    // `low` to -128, so the range is what is then below -128 + its width.
    let in_range = |x: m128i, low: u8, width: u8| {
        let moved = add_i8_m128i(x, set_splat_i8_m128i(0x80u8.wrapping_sub(low) as i8));
        cmp_lt_mask_i8_m128i(moved, set_splat_i8_m128i(0x80u8.wrapping_add(width) as i8))
    };
    let equal = |x: m128i, b: u8| cmp_eq_mask_i8_m128i(x, set_splat_i8_m128i(b as i8));
    // Movemasks fill 16 bits: the casts keep exactly those.
    let bits = |mask: m128i| u64::from(move_mask_i8_m128i(mask) as u16);
    let mut c = Classes { lower: 0, lead: 0, second: 0 };
    for (i, chunk) in block.chunks_exact(16).enumerate() {
        let Ok(chunk) = <&[u8; 16]>::try_from(chunk) else { continue };
        let x = load_unaligned_m128i(chunk);
        let shift = 16 * i;
        c.lower |= bits(in_range(x, b'a', 26)) << shift;
        c.lead |= bits(equal(x, 0xC3)) << shift;
        // `÷`, the one symbol among the second bytes, is taken out.
        c.second |= bits(bitandnot_m128i(equal(x, 0xB7), in_range(x, 0x9F, 0x21))) << shift;
    }
    c
}

/// [`sse2_classes`] on eight bytes at a time in a `u64`, whose high bits
/// are then gathered into eight mask bits. Compiled for tests everywhere,
/// so that x86-64 checks it too.
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
#[inline(always)]
fn swar_classes(block: &[u8; BLOCK]) -> Classes {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn splat(b: u8) -> u64 {
        u64::from_ne_bytes([b; 8])
    }
    // The high bit of every byte of `x` in `low..=high`, both on the same
    // side of 0x80: each byte is cut to seven bits, so that adding to it
    // never carries into the next, and its own high bit is checked apart.
    let in_range = |x: u64, low: u8, high: u8| {
        let high_bit_same = if low >= 0x80 { x } else { !x };
        let low7 = x & !HIGH;
        let from_low = low7 + splat(0x80 - (low & 0x7F));
        let to_high = !(low7 + splat(0x7F - (high & 0x7F)));
        from_low & to_high & high_bit_same & HIGH
    };
    // The high bits of the eight bytes as eight bits, first byte lowest.
    let gather = |high_bits: u64| (high_bits >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
    let mut c = Classes { lower: 0, lead: 0, second: 0 };
    for (i, chunk) in block.chunks_exact(8).enumerate() {
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else { continue };
        let x = u64::from_le_bytes(bytes);
        let shift = 8 * i;
        c.lower |= gather(in_range(x, b'a', b'z')) << shift;
        c.lead |= gather(in_range(x, 0xC3, 0xC3)) << shift;
        c.second |= gather(in_range(x, 0x9F, 0xBF) & !in_range(x, 0xB7, 0xB7)) << shift;
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The classes, byte by byte.
    fn reference_classes(block: &[u8; BLOCK]) -> Classes {
        let mut c = Classes { lower: 0, lead: 0, second: 0 };
        for (i, &b) in block.iter().enumerate() {
            c.lower |= u64::from(b.is_ascii_lowercase()) << i;
            c.lead |= u64::from(b == 0xC3) << i;
            c.second |= u64::from((0x9F..=0xBF).contains(&b) && b != 0xB7) << i;
        }
        c
    }

    /// The mask, byte by byte.
    fn reference(block: &[u8; BLOCK]) -> u64 {
        let is_second = |b: u8| (0x9F..=0xBF).contains(&b) && b != 0xB7;
        let mut mask = 0;
        for (i, &b) in block.iter().enumerate() {
            let letter = b.is_ascii_lowercase()
                || b == 0xC3 && block.get(i + 1).is_some_and(|&n| is_second(n))
                || is_second(b) && i > 0 && block[i - 1] == 0xC3;
            mask |= u64::from(letter) << i;
        }
        mask
    }

    #[test]
    fn marks_the_letters_of_french_words() {
        // (text, which characters are lower-case letters: `x`).
        let cases = [
            ("le député a été élu", "xx_xxxxxx_x_xxx_xxx"),
            ("L’État", "___xxx"),
            ("Très-Haut ÉTÉ", "_xxx__xxx____"),
            ("prêt ÷ où", "xxxx___xx"),
            ("straße ÿ", "xxxxxx_x"),
            ("l'OTAN 2012 « Paris »", "x______________xxxx__"),
        ];
        for (text, expected) in cases {
            let mut block = [b' '; BLOCK];
            block[..text.len()].copy_from_slice(text.as_bytes());
            let mask = lower_letters(&block);
            let got: String = (0..text.len()).map(|i| if mask >> i & 1 == 1 { 'x' } else { '_' }).collect();
            // Each character's mark, once per byte of its UTF-8.
            let expected: String =
                text.chars().zip(expected.chars()).flat_map(|(c, e)| std::iter::repeat_n(e, c.len_utf8())).collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn a_letter_cut_by_the_block_end_is_no_letter() {
        let mut block = [b'a'; BLOCK];
        block[BLOCK - 1] = 0xC3;
        assert_eq!(lower_letters(&block), u64::MAX >> 1);
        block[0] = 0xA9;
        assert_eq!(lower_letters(&block), u64::MAX >> 1 & !1);
    }

    #[test]
    fn classes_match_the_definitions_for_every_pair_of_bytes() {
        // Every byte, then one of the bytes whose class turns on the one
        // before, at every offset of a block of letters.
        let mut block = [b'a'; BLOCK];
        for x in 0..=255u8 {
            for y in [b'a', b'A', b'0', 0x80, 0x9E, 0x9F, 0xA9, 0xB7, 0xBF, 0xC0, 0xC3, b' ', x] {
                for at in 0..BLOCK - 1 {
                    block.fill(b'a');
                    block[at] = x;
                    block[at + 1] = y;
                    let expected = reference_classes(&block);
                    assert_eq!(classes(&block), expected, "{x:#x} {y:#x} at {at}");
                    assert_eq!(swar_classes(&block), expected, "{x:#x} {y:#x} at {at}");
                    assert_eq!(lower_letters(&block), reference(&block), "{x:#x} {y:#x} at {at}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn masks_match_the_definition_on_random_blocks(
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![
                    b'a', b'z', b'A', b'`', b'{', b' ', 0xC3, 0xC3, 0xC2, 0x9E, 0x9F, 0xA9, 0xB7, 0xBF, 0xC0, 0x80, 0xFF,
                ]),
                BLOCK,
            )
        ) {
            let block: [u8; BLOCK] = bytes.try_into().expect("64 bytes");
            proptest::prop_assert_eq!(lower_letters(&block), reference(&block));
        }
    }
}
