/**
 * The fixed internal dev split: every 10th item (index % 10 === 9) of any training list is dev and is
 * never trained on. One rule for every corpus so that nobody trains on another stage's dev data.
 */
export declare const DEV_EVERY = 10;
export declare function isDev(index: number): boolean;
export declare function splitDev<T>(items: readonly T[]): {
    train: T[];
    dev: T[];
};
