//! The Web Worker that runs the engine off the main thread: JSON jobs in,
//! the analysis as JSON out (see `dispatch_atlas::engine_client`).

#[cfg(target_arch = "wasm32")]
mod worker {
    use gloo_worker::oneshot::oneshot;

    /// The engine worker; the page spawns it through `engine_client`.
    #[oneshot]
    pub async fn EngineWorker(input: String) -> String {
        dispatch_atlas::engine_client::handle_message(&input)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    use gloo_worker::Registrable;
    console_error_panic_hook::set_once();
    worker::EngineWorker::registrar().register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the engine worker runs only in a browser");
}
