// The tool's version, as in package.json (test/version.test.ts keeps the two equal). Not read
// from package.json: that would put all of package.json into the bundle, which would then
// change with every edit of its scripts.
export const VERSION = '0.1.0';
