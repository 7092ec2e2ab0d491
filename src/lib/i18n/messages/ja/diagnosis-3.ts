// Japanese: diagnosis texts (page rules checked before a request). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis3: Translations = {
  'The server URL must start with {http} or {https}': 'サーバー URL は {http} または {https} で始まる必要があります',
  'Browsers refuse URLs that contain a user name or password':
    'ブラウザーはユーザー名やパスワードを含む URL を拒否します',
  'Local network access permission for this site: {state}': 'このサイトのローカルネットワークアクセス許可：{state}',
  '{host} is where a server listens, not an address to call':
    '{host} はサーバーが待ち受けるアドレスで、呼び出し先のアドレスではありません',
  'Safari blocks this https page from calling plain-http {host}':
    'Safari はこの https ページから通常の http の {host} への呼び出しをブロックします',
  'Safari treats {url} as mixed content; Chrome and Firefox do not':
    'Safari は {url} を混在コンテンツとして扱いますが、Chrome と Firefox は扱いません',
  'Plain-http {host} may be blocked unless you allow local network access':
    'ローカルネットワークへのアクセスを許可しないと、通常の http の {host} はブロックされる可能性があります',
  "This https page can't call plain-http {host}": 'この https ページからは通常の http の {host} を呼び出せません',
  'Browsers block {scheme} requests from https pages unless the target is {localhost} or {loopback}':
    'ブラウザーは、宛先が {localhost} か {loopback} でない限り、https ページからの {scheme} リクエストをブロックします',
  'Chrome blocks this http page from reaching your computer':
    'Chrome はこの http ページからこのコンピューターへのアクセスをブロックします',
  'Chrome blocks this http page from reaching your local network':
    'Chrome はこの http ページからローカルネットワークへのアクセスをブロックします',
  'Only secure (https) pages may ask for local network access; others are refused silently':
    'ローカルネットワークへのアクセスを求められるのは安全な（https）ページだけで、ほかは黙って拒否されます',
  'Local network access is blocked for this site':
    'このサイトではローカルネットワークへのアクセスがブロックされています',
  'The browser will ask to allow local network access': 'ブラウザーがローカルネットワークへのアクセス許可を求めます',
};
