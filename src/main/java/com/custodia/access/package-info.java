/**
 * Users, teams, roles and the role-permission matrix; login, password policy and lockout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package com.custodia.access;
