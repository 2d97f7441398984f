export declare const REPO_ROOT: string;
export declare function sharedDataDir(): string;
export declare function sharedPath(...parts: string[]): string;
export declare function readShared(...parts: string[]): string;
export declare function hasSharedData(): boolean;
