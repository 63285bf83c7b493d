/**
 * Client profiles and the client archive: individuals and institutions, their identity checks, segments,
 * professional-investor status and lifecycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients")
package com.custodia.clients;
