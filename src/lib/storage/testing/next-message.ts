// Test helper: the next message a change channel delivers.
import type { ChangeChannel } from '../change-channel.ts';

export function nextMessage<T>(channel: ChangeChannel<T>): Promise<T> {
  return new Promise((resolve) => {
    const off = channel.subscribe((message) => {
      off();
      resolve(message);
    });
  });
}
