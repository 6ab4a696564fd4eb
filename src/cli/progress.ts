// A progress line on stderr for long runs; only on a terminal, redrawn at most every 100 ms.
export interface Progress {
  tick(done: number): void;
  done(): void;
}

const NONE: Progress = { tick() {}, done() {} };

export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, total: number, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY || total < 2) return NONE;
  let last = 0;
  let shown = false;
  const draw = (done: number) => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    const filled = Math.round((done / total) * width);
    stream.write(`\r\x1b[2Kchecking [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
    shown = true;
  };
  return {
    tick(done) {
      const now = Date.now();
      if (now - last >= 100 || done === total) {
        last = now;
        draw(done);
      }
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
