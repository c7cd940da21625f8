// The launch step when the browser sent no state cookie: read the login's state back from the platform's
// storage and, when it matches, confirm the launch; the answer carries the address of the tool's page.
import { getData } from './platform-storage.js';

const launch = JSON.parse(document.getElementById('launch-data').textContent);

function fail() {
  document.getElementById('launch-status').hidden = true;
  document.getElementById('launch-failed').hidden = false;
}

try {
  const stored = await getData(launch, `state_${launch.state}`);
  if (stored !== launch.state) {
    throw new Error('the stored state does not match');
  }
  const response = await fetch(launch.confirm, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang },
    body: new URLSearchParams({ launch: launch.launch, state: stored }),
  });
  if (!response.ok) {
    throw new Error(`confirmation refused (${response.status})`);
  }
  const { location } = await response.json();
  window.location.replace(location);
} catch (error) {
  fail();
}
