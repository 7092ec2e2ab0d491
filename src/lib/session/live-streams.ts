// The answers this tab is streaming: per conversation the freshest copy (ahead of IndexedDB and of
// anything queued for saving), and per streaming answer the controller that stops it.
import type { Conversation } from '../conversation/types.ts';

interface Running {
  convId: string;
  controller: AbortController;
}

export class LiveStreams {
  private readonly copies = new Map<string, Conversation>();
  private readonly running = new Map<string, Running>();

  /** Starts tracking answer `nodeId` of `conv`, which becomes the freshest copy. Returns its controller. */
  begin(conv: Conversation, nodeId: string): AbortController {
    const controller = new AbortController();
    this.copies.set(conv.id, conv);
    this.running.set(nodeId, { convId: conv.id, controller });
    return controller;
  }

  /** The freshest copy of `convId` when an answer of it streams here. */
  copy(convId: string): Conversation | undefined {
    return this.copies.get(convId);
  }

  /** Replaces the freshest copy of `conv`'s conversation, if one streams here. */
  update(conv: Conversation): void {
    if (this.copies.has(conv.id)) this.copies.set(conv.id, conv);
  }

  /** Whether answer `nodeId` of `convId` is still there (deleting it, or its conversation, ends its turn). */
  hasAnswer(convId: string, nodeId: string): boolean {
    return !!this.copies.get(convId)?.nodes[nodeId];
  }

  isStreaming(nodeId: string): boolean {
    return this.running.has(nodeId);
  }

  /** [answer id, conversation id] of every stream running here. */
  answers(): [string, string][] {
    return [...this.running].map(([nodeId, { convId }]) => [nodeId, convId]);
  }

  conversations(): Conversation[] {
    return [...this.copies.values()];
  }

  /**
   * Stops tracking answer `nodeId`. Returns its conversation's freshest copy (dropped here unless another
   * of its answers still streams) and whether no stream is left in this tab.
   */
  finish(nodeId: string, convId: string): { final: Conversation | undefined; idle: boolean } {
    this.running.delete(nodeId);
    const final = this.copies.get(convId);
    if (![...this.running.values()].some((r) => r.convId === convId)) this.copies.delete(convId);
    return { final, idle: this.running.size === 0 };
  }

  /** Stops every stream of `convId`; their turns end on their own and keep their partial answers. */
  abort(convId: string | undefined): void {
    for (const { convId: id, controller } of this.running.values()) if (id === convId) controller.abort();
  }

  abortAnswer(nodeId: string): void {
    this.running.get(nodeId)?.controller.abort();
  }

  /** A deleted conversation: stops its streams and drops its copy. */
  drop(convId: string): void {
    this.abort(convId);
    this.copies.delete(convId);
  }
}
