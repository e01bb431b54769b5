//! Entry point of the Dispatch Atlas web app.
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(dispatch_atlas::App);
}
