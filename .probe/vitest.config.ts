export default { test: { include: ['.probe/**/*.test.ts'] } };
