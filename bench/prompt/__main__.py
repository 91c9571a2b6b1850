from bench.prompt.run import main

raise SystemExit(main())
