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
  if (path === '/app/course') {
    return { name: 'course' };
  }
  const memberWork = /^\/app\/course\/members\/(\d+)\/assignments\/([^/]+)$/.exec(path);
  if (memberWork) {
    return { name: 'member-work', userId: Number(memberWork[1]), id: decodeURIComponent(memberWork[2]) };
  }
  const memberPrint = /^\/app\/course\/members\/(\d+)\/print$/.exec(path);
  if (memberPrint) {
    return { name: 'member-print', userId: Number(memberPrint[1]) };
  }
  const peerGroups = /^\/app\/course\/groups\/([^/]+)$/.exec(path);
  if (peerGroups) {
    return { name: 'peer-groups', id: decodeURIComponent(peerGroups[1]) };
  }
  const preview = /^\/app\/course\/preview\/([^/]+)$/.exec(path);
  if (preview) {
    return { name: 'preview', id: decodeURIComponent(preview[1]) };
  }
  return { name: 'not-found' };
}

export function assignmentPath(id) {
  return `/app/assignments/${encodeURIComponent(id)}`;
}

/** The trainer's pages: one teacher's work in an assignment, all of it to print, an assignment in preview. */
export function memberWorkPath(userId, id) {
  return `/app/course/members/${userId}/assignments/${encodeURIComponent(id)}`;
}

export function memberPrintPath(userId) {
  return `/app/course/members/${userId}/print`;
}

export function previewPath(id) {
  return `/app/course/preview/${encodeURIComponent(id)}`;
}

/** The trainer's coaching groups of a peer-coaching assignment. */
export function peerGroupsPath(id) {
  return `/app/course/groups/${encodeURIComponent(id)}`;
}
