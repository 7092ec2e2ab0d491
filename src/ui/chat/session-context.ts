// The app's one chat session, provided once by App.svelte to every chat component below it.
import { createContext } from 'svelte';
import type { ChatSession } from '../../lib/session/chat-session.svelte.ts';

export const [getSession, provideSession] = createContext<ChatSession>();
