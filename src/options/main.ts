document.body.append('options');
