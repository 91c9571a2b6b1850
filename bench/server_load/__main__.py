from bench.server_load.run import main

raise SystemExit(main())
