// The embeddings page's numbers in the reader's language: counts without grouping (as the page always
// wrote them: "1000 of 1000 texts"), similarity scores with three decimals, and milliseconds.
export interface EmbedNumbers {
  count: (n: number) => string;
  score: (s: number) => string;
  ms: (ms: number) => string;
}

export function embedNumbers(locale: string): EmbedNumbers {
  const count = new Intl.NumberFormat(locale, { useGrouping: false });
  const score = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
    useGrouping: false,
  });
  const ms = new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', useGrouping: false });
  return {
    count: (n) => count.format(n),
    score: (s) => score.format(s),
    ms: (n) => ms.format(Math.round(n)),
  };
}
