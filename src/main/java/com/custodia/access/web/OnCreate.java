package com.custodia.access.web;

/** Validation group for what is entered only when a record is created (a username or a code). */
interface OnCreate {

}
