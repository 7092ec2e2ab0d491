// The short list of small instruct models offered for this browser: pure data. Sizes are the files' sizes
// as published (approximate; the download checks the real size before keeping a byte).
import { tr } from '../../i18n/active-language.ts';
export interface CatalogueModel {
  id: string;
  name: string;
  /** bytes */
  size: number;
  licence: string;
  /** memory the model needs while it runs, in GB (file plus context), rounded up */
  ram_gb: number;
  /** a getter: written in the language active when it is read */
  description: string;
  url: string;
}

const MB = 1024 * 1024;

export const CATALOGUE: readonly CatalogueModel[] = [
  {
    id: 'smollm2-135m-instruct-q8_0.gguf',
    name: 'SmolLM2 135M Instruct (Q8_0)',
    size: 145 * MB,
    licence: 'Apache-2.0',
    ram_gb: 0.5,
    get description() {
      return tr('Tiny and fast: short answers and simple rewrites, on any laptop.');
    },
    url: 'https://huggingface.co/bartowski/SmolLM2-135M-Instruct-GGUF/resolve/main/SmolLM2-135M-Instruct-Q8_0.gguf',
  },
  {
    id: 'smollm2-360m-instruct-q8_0.gguf',
    name: 'SmolLM2 360M Instruct (Q8_0)',
    size: 386 * MB,
    licence: 'Apache-2.0',
    ram_gb: 1,
    get description() {
      return tr('Small all-rounder for quick questions and summaries.');
    },
    url: 'https://huggingface.co/bartowski/SmolLM2-360M-Instruct-GGUF/resolve/main/SmolLM2-360M-Instruct-Q8_0.gguf',
  },
  {
    id: 'qwen2.5-0.5b-instruct-q4_k_m.gguf',
    name: 'Qwen2.5 0.5B Instruct (Q4_K_M)',
    size: 398 * MB,
    licence: 'Apache-2.0',
    ram_gb: 1,
    get description() {
      return tr('Multilingual, follows instructions well for its size; some code.');
    },
    url: 'https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf',
  },
  {
    id: 'llama-3.2-1b-instruct-q4_k_m.gguf',
    name: 'Llama 3.2 1B Instruct (Q4_K_M)',
    size: 808 * MB,
    licence: 'Llama 3.2 Community License',
    ram_gb: 2,
    get description() {
      return tr('The most capable here: better reasoning and writing, slower on the CPU.');
    },
    url: 'https://huggingface.co/bartowski/Llama-3.2-1B-Instruct-GGUF/resolve/main/Llama-3.2-1B-Instruct-Q4_K_M.gguf',
  },
];
