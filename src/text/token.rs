//! Tokens: typed byte ranges of the caller's text.

/// What a token is, as far as the lexer can tell without a lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum TokenKind {
    /// A run of letters, possibly hyphenated (`États-Unis`) or with inner
    /// apostrophes (`aujourd’hui`), or an elided article or pronoun (`l’`).
    Word,
    /// A cardinal number: `7`, `2012`, `1 000`, `3,5`.
    Number,
    /// An ordinal: `1er`, `1re`, `35e`, `2ème`, `XXe`.
    Ordinal,
    /// A clock time: `14 h 30`, `12H30`, `14h`.
    Clock,
    /// An abbreviation with its final period: `M.`, `MM.`, `etc.`, `av.`.
    Abbreviation,
    /// An initial or a run of initials: `J.`, `J.-C.`.
    Initial,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// `#mot`.
    Hashtag,
    /// `@compte`.
    Handle,
    /// `.`
    Period,
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// `;`
    Semicolon,
    /// `!`
    Exclamation,
    /// `?`
    Question,
    /// `…` or `...`
    Ellipsis,
    /// A dash used as punctuation: `—`, `–`, or `-` standing alone.
    Dash,
    /// `(` or `[`.
    OpenParen,
    /// `)` or `]`.
    CloseParen,
    /// An opening quotation mark: `«`, `“`, `„`, `‹`, `‘`.
    QuoteOpen,
    /// A closing quotation mark: `»`, `”`, `›`, `’` used as a quote.
    QuoteClose,
    /// A straight quotation mark `"` (or `'` used as a quote), whose side
    /// is decided when quotes are paired.
    QuoteStraight,
    /// Anything else: symbols, slashes, control characters, other scripts'
    /// punctuation.
    Symbol,
}

impl TokenKind {
    /// True for punctuation that can end a sentence.
    #[inline]
    pub fn is_terminal(self) -> bool {
        matches!(self, TokenKind::Period | TokenKind::Exclamation | TokenKind::Question | TokenKind::Ellipsis)
    }

    /// True for any quotation mark.
    #[inline]
    pub fn is_quote(self) -> bool {
        matches!(self, TokenKind::QuoteOpen | TokenKind::QuoteClose | TokenKind::QuoteStraight)
    }

    /// True for tokens that carry words or numbers rather than punctuation.
    #[inline]
    pub fn is_wordlike(self) -> bool {
        matches!(
            self,
            TokenKind::Word
                | TokenKind::Number
                | TokenKind::Ordinal
                | TokenKind::Clock
                | TokenKind::Abbreviation
                | TokenKind::Initial
                | TokenKind::Url
                | TokenKind::Email
                | TokenKind::Hashtag
                | TokenKind::Handle
        )
    }
}

/// Bit flags that qualify a token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TokenFlags(pub u16);

impl TokenFlags {
    /// The first letter is upper case.
    pub const CAPITALIZED: u16 = 1 << 0;
    /// Every letter is upper case and there are at least two: `OTAN`, `SUD-PTT`.
    pub const ALL_CAPS: u16 = 1 << 1;
    /// An elided word ending in an apostrophe: `l’`, `qu’`, `jusqu’`.
    pub const ELIDED: u16 = 1 << 2;
    /// A subject pronoun joined to its verb by a hyphen: `-t-il`, `-elle`.
    pub const INVERSION: u16 = 1 << 3;
    /// The word contains a hyphen: `États-Unis`, `peut-être`.
    pub const HYPHENATED: u16 = 1 << 4;
    /// Whitespace comes right before the token.
    pub const SPACE_BEFORE: u16 = 1 << 5;
    /// A line break comes between the previous token and this one.
    pub const LINE_START: u16 = 1 << 6;
    /// A blank line (or the start of the text) comes before this token.
    pub const PARAGRAPH_START: u16 = 1 << 7;
    /// The token contains a digit.
    pub const HAS_DIGIT: u16 = 1 << 8;
    /// The verb token is followed by an inverted subject pronoun.
    pub const INVERTED_VERB: u16 = 1 << 9;

    /// True when all the bits of `flag` are set.
    #[inline]
    pub fn has(self, flag: u16) -> bool {
        self.0 & flag == flag
    }
}

/// One token: a kind, flags, and byte ranges into the text and into the
/// document's folded keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte in the text.
    pub start: u32,
    /// Byte offset one past the last byte in the text.
    pub end: u32,
    /// Offset of the folded key in [`Document::keys`](super::Document):
    /// either an offset inside the copy of the text that opens the keys,
    /// where the key is the text there with its ASCII letters lowered (the
    /// token's own `start`, or the pronoun's for `-t-il`), or an offset
    /// past that copy.
    pub key_start: u32,
    /// Length of the folded key in bytes.
    pub key_len: u32,
    /// What the token is.
    pub kind: TokenKind,
    /// How it is qualified.
    pub flags: TokenFlags,
}

impl Token {
    /// The token's byte span in the text.
    #[inline]
    pub fn span(&self) -> crate::Span {
        crate::Span::new(self.start as usize, self.end as usize)
    }

    /// True when `flag` is set.
    #[inline]
    pub fn has(&self, flag: u16) -> bool {
        self.flags.has(flag)
    }

    /// True for a capitalised word.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.flags.has(TokenFlags::CAPITALIZED)
    }
}
