/**
 * Shared security infrastructure: the named permissions, the signed-in user, and the web security rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.custodia.security;
