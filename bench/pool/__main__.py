from bench.pool.run import main

raise SystemExit(main())
