/**
 * The service log: every contact with a client. Exposed to other modules (tiering reads the last contacts for its
 * service levels) as the named interface {@code servicelog}.
 */
@org.springframework.modulith.NamedInterface("servicelog")
package com.custodia.clients.servicelog;
