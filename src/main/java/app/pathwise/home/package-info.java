/**
 * The home page, where each role's day starts: who I am, my manager and my team, and the way into
 * what the product offers to my roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package app.pathwise.home;
