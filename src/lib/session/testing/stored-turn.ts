// For tests: what ChatSession.send gives, as the conversation's id once the turn is stored.
export async function storedTurn({ id, stored }: { id: string; stored: Promise<void> }): Promise<string> {
  await stored;
  return id;
}
