// Every test gets a fresh fixture instance, so a conversation script never leaks between tests.
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
