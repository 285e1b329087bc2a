console.debug('content');
