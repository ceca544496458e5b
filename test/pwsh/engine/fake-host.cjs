const rl = require('readline').createInterface({ input: process.stdin });
rl.on('line', (line) => {
  const req = JSON.parse(line);
  require('fs').appendFileSync(process.env.FAKE_HOST_LOG || '/dev/null', line + '\n');
  const res = { id: req.id, output: [], errors: [], streams: { verbose: ['pid ' + process.pid], debug: [], warning: [] }, exitCode: 0 };
  if (req.command === 'Get-PartnerCustomerCart') {
    res.errors.push({ errorId: 'CartNotFound', category: 'NotFound', message: "Cart 'x' was not found.", exitCode: 1, targetObject: req.parameters.CartId });
    res.exitCode = 1;
  } else if (req.command === 'Submit-PartnerCustomerCart') {
    res.errors.push({ errorId: 'Boom', category: 'InvalidOperation', message: 'Terminating.', exitCode: 1, terminating: true });
  } else {
    res.output.push({ CartId: 'c1', CreationTimestamp: '2024-01-02T03:04:05Z', LineItems: req.parameters.LineItems ?? [], Status: 'Active', Extra: 1 });
  }
  process.stdout.write(JSON.stringify(res) + '\n');
});
