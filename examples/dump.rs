//! Dumps the intermediate layers of the analysis of a file (grammar
//! development aid): `cargo run --features debug-dump --example dump -- FILE`.

fn main() {
    let path = std::env::args().nth(1).expect("a file to dump");
    let text = std::fs::read_to_string(path).expect("a readable UTF-8 file");
    print!("{}", depeche::debug::dump(&text));
}
