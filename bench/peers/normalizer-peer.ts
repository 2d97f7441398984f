/** What the normalize benchmark needs from a peer: a name, its installed version, one text-in text-out call. */
export interface NormalizerPeer {
  readonly name: string;
  readonly version: string;
  readonly normalize: (text: string) => string;
}
