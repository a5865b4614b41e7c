#!/usr/bin/env node
'use strict';
require('../dist/fenjie.js');
