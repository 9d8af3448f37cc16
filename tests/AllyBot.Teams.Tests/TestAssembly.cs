// Every test gets a fresh fixture instance, so fakes never leak between tests.
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
