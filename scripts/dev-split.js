/**
 * The fixed internal dev split: every 10th item (index % 10 === 9) of any training list is dev and is
 * never trained on. One rule for every corpus so that nobody trains on another stage's dev data.
 */
export const DEV_EVERY = 10;
export function isDev(index) {
    return index % DEV_EVERY === DEV_EVERY - 1;
}
export function splitDev(items) {
    const train = [];
    const dev = [];
    items.forEach((item, i) => (isDev(i) ? dev : train).push(item));
    return { train, dev };
}
