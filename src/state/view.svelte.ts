// How the app is shown: editing, or presenting the canvas full-screen to a room (editing chrome hidden).

class View {
  presenting = $state(false);
  /** Whether presenting put the page in full screen (so leaving full screen ends the presentation). */
  private fullscreen = false;

  async present(): Promise<void> {
    this.presenting = true;
    try {
      if (document.fullscreenEnabled && !document.fullscreenElement) {
        await document.documentElement.requestFullscreen();
        this.fullscreen = true;
      }
    } catch { /* not allowed here (an iframe, a test): present in the window */ }
  }

  stop(): void {
    this.presenting = false;
    if (this.fullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    this.fullscreen = false;
  }

  /** The browser left full screen (Escape): the presentation ends with it. */
  fullscreenChanged(): void {
    if (this.fullscreen && !document.fullscreenElement) { this.fullscreen = false; this.stop(); }
  }
}

export const view = new View();
