/**
 * Where the data lives: the embedded PostgreSQL 17 that Custodia starts when no external database is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.custodia.database;
