// Which answer is being read aloud (one at a time, page-wide), how far along it is, and its controls.
// The player (lib/actions/read-aloud.ts) loads only when the user first asks for an answer to be read.
import { t } from '../i18n.svelte.ts';
import type { QueryClient } from '@tanstack/svelte-query';
import type { ReadAloudHandle, ReadAloudState } from '../../lib/actions/read-aloud.ts';

class ReadAloud {
  /** the answer being read, or whose reading failed */
  messageId = $state<string | undefined>();
  state = $state.raw<ReadAloudState | undefined>();
  private handle: ReadAloudHandle | undefined;
  private run = 0;

  async start(client: QueryClient, messageId: string, text: string | (() => Promise<string>)): Promise<void> {
    this.stop();
    const run = this.run;
    this.messageId = messageId;
    this.state = { phase: 'loading', engine: 'server' };
    try {
      const [markdown, { readAloud }] = await Promise.all([
        typeof text === 'string' ? text : text(),
        import('../../lib/actions/read-aloud.ts'),
      ]);
      if (run !== this.run) return; // stopped or replaced meanwhile
      this.handle = readAloud(client, markdown, (state) => {
        if (run !== this.run) return;
        if (state.phase === 'done') this.clear();
        else this.state = state;
      });
    } catch (error) {
      if (run === this.run)
        this.state = { phase: 'error', message: t('Could not start reading aloud: {error}', { error: String(error) }) };
    }
  }

  pause(): void {
    this.handle?.pause();
  }
  resume(): void {
    this.handle?.resume();
  }
  stop(): void {
    const handle = this.handle;
    this.clear();
    handle?.stop();
  }

  private clear(): void {
    this.run += 1;
    this.handle = undefined;
    this.messageId = undefined;
    this.state = undefined;
  }
}

export const readAloud = new ReadAloud();
