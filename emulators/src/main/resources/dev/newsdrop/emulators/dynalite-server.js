// Runs dynalite (a DynamoDB emulator) for newsdrop on loopback.
// Arguments: PORT [DATA_DIR]. Prints "listening PORT" once ready.
// Exits when its standard input closes, so a parent JVM that dies, even by SIGKILL, leaves no orphan.
'use strict';
const dynalite = require('dynalite');

const port = Number(process.argv[2]);
const path = process.argv[3];
const server = dynalite({createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, path: path || undefined});

server.on('error', (err) => {
  console.error(err.code === 'EADDRINUSE' ? `port ${port} is already in use` : err.message);
  process.exit(err.code === 'EADDRINUSE' ? 3 : 1);
});
server.listen(port, '127.0.0.1', () => console.log(`listening ${port}`));

process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
