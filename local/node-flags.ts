/**
 * The V8 flags local mode runs with (`npm start`, `npm run demo`, and each local row of
 * `npm run bench`). V8's default young generation let the local process hold about three times the
 * heap it used: 200 forwards left 67 MB live in a 221 MB heap. `--optimize-for-size` keeps the young
 * generation small and collects sooner, in this process and in the functions' worker threads alike
 * (V8 flags are the process's); 200 forwards peaked at 278 MB instead of 474, at the same rate.
 */
export const LOCAL_NODE_FLAGS: readonly string[] = ["--optimize-for-size"];
