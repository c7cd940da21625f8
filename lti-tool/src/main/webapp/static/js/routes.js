// The addresses of the teacher's pages, and which page each one shows.

/** Which page an address shows. */
export function parseRoute(pathname) {
  const path = pathname.replace(/\/+$/, '');
  if (path === '/app') {
    return { name: 'home' };
  }
  if (path === '/app/progress') {
    return { name: 'progress' };
  }
  if (path === '/app/my-data') {
    return { name: 'my-data' };
  }
  const deepLinking = /^\/app\/deep-linking\/([^/]+)$/.exec(path);
  if (deepLinking) {
    return { name: 'deep-linking', id: decodeURIComponent(deepLinking[1]) };
  }
  const assignment = /^\/app\/assignments\/([^/]+)$/.exec(path);
  if (assignment) {
    return { name: 'assignment', id: decodeURIComponent(assignment[1]) };
  }
  return { name: 'not-found' };
}

export function assignmentPath(id) {
  return `/app/assignments/${encodeURIComponent(id)}`;
}
